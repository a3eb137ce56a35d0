// iframe.js: runs in the head of an iframe page, for CMSs that allow only an iframe: iframe.html,
// or a published article's page (factbox publish writes one per article, embed/<article>.html).
// 1. On iframe.html, picks the box for ?lang= before first paint (it carries both, prerendered;
//    without JavaScript the German one shows).
// 2. Once the page is parsed, and before the bundle runs, applies ?theme=, ?open=, ?content=
//    (same-origin URLs only: this page must not print someone else's "facts" under our name).
// 3. Reports the page height to the parent on load, on every toggle and on every resize, in the
//    three formats embed hosts already listen for: Pym.js, Datawrapper and AMP.
(() => {
  const params = new URLSearchParams(location.search);
  const root = document.documentElement;
  // Only a page with the box in two languages chooses one; an article's own page has one box.
  const choose = root.classList.contains('fb-choose-lang');
  const lang = params.get('lang') === 'en' ? 'en' : 'de';
  if (choose) {
    root.lang = lang;
    root.classList.add(`fb-lang-${lang}`);
  }
  // Pym.js passes childId; Datawrapper hosts key the height by the same id.
  const childId = (params.get('childId') || params.get('id') || 'factbox').replace(/[^\w-]/g, '');

  function configure() {
    if (choose) {
      for (const box of document.querySelectorAll('fact-box')) {
        if (box.getAttribute('lang') !== lang) box.remove();
      }
    }
    const box = document.querySelector('fact-box');
    if (!box) return;
    box.id = childId;
    const theme = params.get('theme');
    if (['auto', 'light', 'dark'].includes(theme)) box.dataset.theme = theme;
    const open = params.get('open');
    if (open) box.dataset.open = open;
    const level = params.get('headingLevel');
    if (level) box.dataset.headingLevel = level;
    const content = params.get('content');
    if (content) {
      const url = new URL(content, location.href);
      if (url.origin === location.origin) box.dataset.content = url.href;
      else console.error(`factbox: ignoring content from another origin: ${url.origin}`);
    }
  }

  let lastHeight = 0;
  function reportHeight() {
    if (window.parent === window) return;
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === lastHeight) return;
    lastHeight = height;
    // The height is no secret, and the parent's origin is unknown to the iframe.
    window.parent.postMessage(`pymxPYMx${childId}xPYMxheightxPYMx${height}`, '*');
    window.parent.postMessage({ 'datawrapper-height': { [childId]: height } }, '*');
    window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
  }

  // "interactive" comes after parsing and before deferred and module scripts run.
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    configure();
    new ResizeObserver(reportHeight).observe(root);
    document.addEventListener('factbox:toggle', () => requestAnimationFrame(reportHeight));
  });
  addEventListener('load', reportHeight);
})();
