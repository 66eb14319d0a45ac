// Copied into the build by scripts/prerender.ts and loaded by index.html's <head> before the body is parsed.
// index.html holds the prerendered default view (performance on a page). Two jobs:
//  1. When the address asks for anything else (a shared link to a measure, the scorecard, the embed view), mark the
//     page so the stylesheet hides that markup until the app has rendered the view asked for, instead of flashing
//     the summary. main.tsx reads the same mark.
//  2. Start the app (the module named by data-entry, with the modules it imports, named by data-preload, fetched
//     side by side) only after the prerendered page has been parsed and painted, so reading the scorecard never
//     waits for JavaScript to be fetched or run; when the summary is hidden there is nothing to paint first, so the
//     app starts at once.
// Without JavaScript none of this runs and the prerendered summary is the page. Plain ES5: it runs before anything.
(function () {
  var script = document.currentScript;
  var entry = script && script.getAttribute('data-entry');
  var preload = ((script && script.getAttribute('data-preload')) || '').split(' ');
  var other = false;
  new URLSearchParams(window.location.search).forEach(function (value, key) {
    if (value !== '' && !(key === 'view' && value.trim().toLowerCase() === 'summary')) other = true;
  });
  document.documentElement.setAttribute('data-prerender', other ? 'other-view' : 'this-view');
  if (!entry) return;
  var started = false;
  function start() {
    if (started) return;
    started = true;
    preload.forEach(function (href) {
      if (!href) return;
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      document.head.appendChild(link);
    });
    var module = document.createElement('script');
    module.type = 'module';
    module.crossOrigin = '';
    module.src = entry;
    document.head.appendChild(module);
  }
  if (other) return start();
  // Once the whole page is parsed and a frame of it painted; a background tab paints no frames, so a timer starts
  // it there. (A module script would otherwise run as soon as parsing ends, before that frame.)
  document.addEventListener('DOMContentLoaded', function () {
    requestAnimationFrame(function () {
      setTimeout(start, 0);
    });
    setTimeout(start, 500);
  });
})();
