// Later visits start from bytecode (connectwisely/core/bytecode.py). The standard library
// arrives compiled by the build (sitebuild/compiled.py); the tools' wheel does not (compiled, it
// would pass the cold visit's byte budget). Once the tool is ready and its first answers have
// had the processor, the archives this worker stored for offline use are compiled a few
// modules per task, so a call waits at most one step, and stored back, marked, in their place.

const BYTECODE = "X-Connectwisely-Bytecode"; // on a stored archive: how many modules it holds compiled
export const BYTECODE_AFTER_MS = 4000;
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Compile each archive stored in the offline cache `cacheName` ([url, where Python mounted it]). */
export async function storeBytecode(bridge, archives, cacheName) {
  const cache = cacheName ? await caches.open(cacheName).catch(() => null) : null;
  for (const [url, mountedAt] of cache ? archives : []) {
    const stored = await cache.match(url).catch(() => null);
    if (!stored || stored.headers.has(BYTECODE)) continue; // not kept offline, or compiled already
    let compiler = null;
    try {
      compiler = bridge.bytecode_compiler(mountedAt);
      while (compiler.step(25)) await nextTask();
      if (!compiler.compiled) continue; // compiled by the build already (the standard library)
      const archive = compiler.archive();
      const bytes = archive.toJs();
      archive.destroy();
      const headers = { "Content-Type": stored.headers.get("Content-Type") || "application/zip", [BYTECODE]: String(compiler.compiled) };
      await cache.put(url, new Response(bytes, { headers }));
    } catch {
      // an optimization: the next visit compiles the sources, as this one did
    } finally {
      if (compiler) compiler.destroy();
    }
  }
}
