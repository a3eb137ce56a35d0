// wasm-worker.js: compiles the bundle's WebAssembly off the page's main thread. Not for pages to
// include: the loader (factbox.js) starts it once, when the first box needs the bundle, if the
// bundle is served from the page's own origin (a browser runs no worker from another origin).
//
// Fetched and compiled on the page, the wasm arrives in some 45 small pieces, each a task on the
// main thread; here they land on the worker's thread, and the page gets one message with the
// compiled module, which the glue instantiates. On a phone, about 20 ms less main-thread work
// per page (README, "Speed"). Any failure here is answered with `null`: the loader then fetches
// the wasm on the page as before, where a real error is reported.
onmessage = async ({ data: url }) => {
  let module = null;
  try {
    const response = await fetch(url);
    if (response.ok) module = await WebAssembly.compileStreaming(response);
  } catch { /* the page tries again, and reports */ }
  postMessage(module);
};
