// Compiles a zip archive's modules with the site's own Pyodide, under Node, for sitebuild/compiled.py:
//   node compile_archive.mjs RUNTIME COMPILER SOURCE TARGET
// RUNTIME: the folder of pyodide.mjs and its files; COMPILER: core/bytecode.py. TARGET is SOURCE
// with its modules compiled (ArchiveCompiler, shipped=True) where the runtime mounts its standard
// library. Prints how many modules were compiled.

import fs from "node:fs";
import { pathToFileURL } from "node:url";

const [runtime, compiler, source, target] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(`${runtime}/pyodide.mjs`).href);
const pyodide = await loadPyodide({ indexURL: `${runtime}/`, packages: [], stdout: () => {}, stderr: () => {} });
pyodide.FS.mkdirTree("/connectwisely_build");
pyodide.FS.writeFile("/connectwisely_build/archive_compiler.py", fs.readFileSync(compiler));
const compile = pyodide.runPython(`
import os, sys
sys.path.insert(0, "/connectwisely_build")
from archive_compiler import ArchiveCompiler

def compile_archive(data):
    # named where the runtime imports its standard library from
    compiler = ArchiveCompiler(data.to_py(), os.path.dirname(os.__file__), shipped=True)
    while compiler.step(1000):
        pass
    return compiler.compiled, compiler.archive()

compile_archive
`);
const [count, archive] = compile(new Uint8Array(fs.readFileSync(source)));
fs.writeFileSync(target, archive.toJs());
console.log(count);
