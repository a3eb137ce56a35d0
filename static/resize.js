// resize.js: include once on a page that embeds fact boxes as iframes:
//   <iframe data-factbox src=".../iframe.html?lang=de&childId=box1" title="…" loading="lazy"></iframe>
//   <script src=".../factbox/resize.js" defer></script>
// Sets each such iframe's height to its content. Accepts a height only from the iframe's own
// window (event.source), in any of the formats iframe.html sends: Pym.js, Datawrapper, AMP.
(() => {
  function heightFrom(data) {
    if (typeof data === 'string') {
      const pym = /^pymxPYMx[\w-]+xPYMxheightxPYMx(\d+)$/.exec(data);
      return pym ? Number(pym[1]) : NaN;
    }
    if (data && typeof data === 'object') {
      if (data.sentinel === 'amp' && data.type === 'embed-size') return Number(data.height);
      const dw = data['datawrapper-height'];
      if (dw && typeof dw === 'object') return Number(Object.values(dw)[0]);
    }
    return NaN;
  }

  addEventListener('message', (event) => {
    const height = heightFrom(event.data);
    if (!(height > 0 && height < 100000)) return;
    for (const frame of document.querySelectorAll('iframe[data-factbox]')) {
      if (frame.contentWindow === event.source) {
        frame.height = String(Math.ceil(height));
        return;
      }
    }
  });
})();
