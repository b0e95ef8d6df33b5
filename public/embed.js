/*
 * Dateline embed helper: sizes every <iframe data-dateline> on this page to the height its timeline reports.
 * Copy it next to the iframe, or load it from the Dateline site:
 *   <iframe data-dateline src="https://your.site/dateline/?embed" title="Timeline" style="width:100%;border:0"></iframe>
 *   <script src="https://your.site/dateline/embed.js" async></script>
 * A message is only trusted if it comes from one of those iframes (event.source) and from the origin of its src.
 */
(function () {
  'use strict';
  if (window.__datelineEmbed) return; // loaded twice: one listener is enough
  window.__datelineEmbed = true;
  var MAX_HEIGHT = 100000;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'dateline:height' || typeof data.height !== 'number' || !isFinite(data.height)) return;
    var frames = document.querySelectorAll('iframe[data-dateline]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var origin;
      try { origin = new URL(frame.src, location.href).origin; } catch (e) { return; }
      if (origin !== event.origin) return; // the frame navigated elsewhere: not our page any more
      frame.style.height = Math.max(0, Math.min(Math.ceil(data.height), MAX_HEIGHT)) + 'px';
      return;
    }
  });
})();
