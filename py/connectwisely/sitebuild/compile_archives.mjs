// Compiles zip archives' modules with the site's own Pyodide, under Node, for sitebuild/compiled.py:
//   node compile_archives.mjs REQUEST.json
// REQUEST: {runtime: folder of pyodide.mjs and its files, compiler: core/bytecode.py,
//           archives: [{source, target}]}. Each target is the source archive with its modules
// compiled (ArchiveCompiler, shipped=True) where the runtime mounts its standard library.
// Prints one JSON line: {python: the runtime's version, mountedAt, compiled: [count per archive]}.

import fs from "node:fs";
import { pathToFileURL } from "node:url";

const request = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const runtime = request.runtime.replace(/\/?$/, "/");
const { loadPyodide } = await import(pathToFileURL(runtime + "pyodide.mjs").href);
const pyodide = await loadPyodide({ indexURL: runtime, packages: [], stdout: () => {}, stderr: () => {} });
pyodide.FS.mkdirTree("/connectwisely_build");
pyodide.FS.writeFile("/connectwisely_build/archive_compiler.py", fs.readFileSync(request.compiler));
const compile = pyodide.runPython(`
import os, sys
sys.path.insert(0, "/connectwisely_build")
from archive_compiler import ArchiveCompiler

MOUNTED_AT = os.path.dirname(os.__file__)  # where the runtime imports its standard library from

def compile_archive(data):
    compiler = ArchiveCompiler(data.to_py(), MOUNTED_AT, shipped=True)
    while compiler.step(1000):
        pass
    return compiler.compiled, compiler.archive()

compile_archive
`);
const counts = [];
for (const { source, target } of request.archives) {
  const [count, archive] = compile(new Uint8Array(fs.readFileSync(source)));
  fs.writeFileSync(target, archive.toJs());
  archive.destroy();
  counts.push(count);
}
const [version, mountedAt] = pyodide.runPython("import platform; [platform.python_version(), MOUNTED_AT]").toJs();
console.log(JSON.stringify({ python: version, mountedAt, compiled: counts }));
