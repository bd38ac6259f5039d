/* Netralitas public edition: draws each chart from the plotly JSON baked into its page.
   Nothing is fetched: figures sit in <script type="application/json"> beside their
   container, boundaries come from a preloaded script (window.PlotlyGeoAssets). */
(function () {
  "use strict";
  var LOCALE_ID = /*LOCALE_ID*/null;
  if (LOCALE_ID && window.Plotly) { Plotly.register(LOCALE_ID); }
  var lang = document.documentElement.lang === "en" ? "en" : "id";

  function svgButton(name) {
    return {
      name: lang === "id" ? "Unduh SVG" : "Download SVG",
      icon: Plotly.Icons.disk,
      click: function (gd) { Plotly.downloadImage(gd, {format: "svg", filename: name}); }
    };
  }

  function draw(box) {
    var source = document.getElementById(box.getAttribute("data-figure"));
    if (!source || !window.Plotly) { return; }
    var fig = JSON.parse(source.textContent);
    var name = box.getAttribute("data-name") || "netralitas";
    var config = {
      responsive: true,
      displaylogo: false,
      locale: lang === "id" ? "id" : "en",
      modeBarButtonsToRemove: ["lasso2d", "select2d"],
      modeBarButtonsToAdd: [svgButton(name)],
      toImageButtonOptions: {format: "png", filename: name, scale: 2}
    };
    var root = box.getAttribute("data-region-root");
    // A map as tall as its shape at this width (the static map's viewBox), not a fixed height
    // with empty bands above and below it on a phone.
    var frame = box.querySelector(".static-map svg");
    if (frame && frame.viewBox && frame.viewBox.baseVal && frame.viewBox.baseVal.width) {
      var ratio = frame.viewBox.baseVal.height / frame.viewBox.baseVal.width;
      var legend = fig.layout.showlegend === false ? 10 : 70;
      fig.layout.height = Math.min(fig.layout.height || 440, Math.round(box.clientWidth * ratio) + legend);
    }
    Plotly.newPlot(box, fig.data, fig.layout, config).then(function (gd) {
      box.classList.add("drawn");
      if (root === null) { return; }
      gd.on("plotly_click", function (ev) {
        var pt = ev && ev.points && ev.points[0];
        var code = pt && (pt.location || pt.customdata);
        if (Array.isArray(code)) { code = code[0]; }
        if (typeof code === "string" && /^\d{2}(\.\d{2})?$/.test(code)) {
          window.location.href = root + code + "/index.html";
        }
      });
    });
  }

  function start() {
    var boxes = document.querySelectorAll("[data-figure]");
    // Charts further down are drawn as they come near the screen: the first one sooner.
    if ("IntersectionObserver" in window) {
      var seen = new IntersectionObserver(function (entries) {
        entries.forEach(function (entry) {
          if (entry.isIntersecting) { seen.unobserve(entry.target); draw(entry.target); }
        });
      }, {rootMargin: "400px 0px"});
      for (var k = 0; k < boxes.length; k++) { seen.observe(boxes[k]); }
    } else {
      for (var i = 0; i < boxes.length; i++) { draw(boxes[i]); }
    }
    var copies = document.querySelectorAll("button[data-copy]");
    for (var j = 0; j < copies.length; j++) {
      copies[j].addEventListener("click", function (ev) {
        var target = document.getElementById(ev.currentTarget.getAttribute("data-copy"));
        if (target && navigator.clipboard) { navigator.clipboard.writeText(target.value || target.textContent); }
      });
    }
  }

  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
