// bulletin review, document page: link the two panes, walk the findings.
// Plain JavaScript, no library, no network. Without it the page still works:
// findings and markers are ordinary links to line anchors.
(function () {
  "use strict";
  var source = document.getElementById("source");
  var result = document.getElementById("result");
  var finds = Array.prototype.slice.call(document.querySelectorAll("ol.findings a.find"));
  var current = -1;
  var lit = [];

  function clearLit() {
    lit.forEach(function (el) { el.classList.remove("hl"); });
    lit = [];
  }
  function light(list) {
    Array.prototype.forEach.call(list, function (el) { el.classList.add("hl"); lit.push(el); });
  }
  function inside(el, box) { return box && box.contains(el); }
  var quietUntil = 0;
  var QUIET_MS = 400;
  function reveal(el, block) {
    if (el) {
      quietUntil = performance.now() + QUIET_MS;
      el.scrollIntoView({ block: block || "nearest", inline: "nearest" });
    }
  }
  // Highlight a part (and a fix) on both sides; scroll the other side to it.
  function linkFrom(el) {
    clearLit();
    var part = el.closest(".pt[data-part]");
    var fix = el.closest("[data-fix]");
    var other = inside(el, source) ? result : inside(el, result) ? source : null;
    var target = null;
    if (part) {
      var same = document.querySelectorAll('.pt[data-part="' + part.getAttribute("data-part") + '"]');
      light(same);
      target = Array.prototype.filter.call(same, function (x) { return inside(x, other); })[0];
    }
    if (fix) {
      var sel = fix.getAttribute("data-fix").split(" ").map(function (id) { return '[data-fix~="' + id + '"]'; }).join(",");
      var fixes = document.querySelectorAll(sel);
      light(fixes);
      target = Array.prototype.filter.call(fixes, function (x) { return inside(x, other); })[0] || target;
    }
    if (other) { reveal(target); }
  }
  function onEnter(ev) {
    var t = ev.target;
    if (!(t instanceof Element)) { return; }
    // Our own scrolling moves content under a resting pointer: that is not the reader hovering.
    if (ev.type === "mouseover" && performance.now() < quietUntil) { return; }
    if (t.closest(".pt[data-part], [data-fix]") && (inside(t, source) || inside(t, result))) { linkFrom(t); }
  }
  document.addEventListener("mouseover", onEnter);
  document.addEventListener("focusin", onEnter);

  function flash(el) {
    if (!el) { return; }
    el.classList.remove("flash");
    void el.offsetWidth;  // restart the animation
    el.classList.add("flash");
  }
  // Select finding i: mark it, scroll its line into view, light its part.
  function select(i, focus) {
    if (i < 0 || i >= finds.length) { return; }
    if (current >= 0) { finds[current].parentNode.classList.remove("current"); }
    current = i;
    var a = finds[i];
    a.parentNode.classList.add("current");
    reveal(a.parentNode);
    var line = document.getElementById(a.getAttribute("data-line"));
    document.querySelectorAll(".ln.target").forEach(function (el) { el.classList.remove("target"); });
    clearLit();
    if (line) {
      line.classList.add("target");
      reveal(line, "center");
      flash(line);
    }
    var id = a.getAttribute("data-part");
    if (id) {
      var same = document.querySelectorAll('.pt[data-part="' + id + '"]');
      light(same);
      reveal(Array.prototype.filter.call(same, function (x) { return inside(x, result); })[0], "center");
    }
    if (focus) { a.focus({ preventScroll: true }); }
    if (history.replaceState) { history.replaceState(null, "", "#" + a.parentNode.id); }
  }
  finds.forEach(function (a, i) {
    a.addEventListener("click", function (ev) { ev.preventDefault(); select(i, true); });
  });
  // A marker in the source gutter selects its finding.
  document.querySelectorAll("a.fm").forEach(function (m) {
    m.addEventListener("click", function (ev) {
      var li = document.getElementById(m.getAttribute("href").slice(1));
      var i = finds.indexOf(li && li.querySelector("a.find"));
      if (i >= 0) { ev.preventDefault(); select(i, true); }
    });
  });
  // "added from …": show where a completion's words came from.
  document.querySelectorAll("a.evlink").forEach(function (a) {
    a.addEventListener("click", function (ev) {
      var mark = document.getElementById(a.getAttribute("href").slice(1));
      if (mark) { ev.preventDefault(); reveal(mark, "center"); flash(mark); }
    });
  });

  document.addEventListener("keydown", function (ev) {
    if (ev.altKey || ev.ctrlKey || ev.metaKey) { return; }
    var t = ev.target;
    if (t && (t.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(t.tagName))) { return; }
    if (ev.key === "j") { select(Math.min(current + 1, finds.length - 1), true); }
    else if (ev.key === "k") { select(Math.max(current - 1, 0), true); }
    else if (ev.key === "n" || ev.key === "p") {
      var link = document.querySelector('header.top a[rel="' + (ev.key === "n" ? "next" : "prev") + '"]');
      if (link) { window.location.href = link.href; }
      return;
    } else { return; }
    ev.preventDefault();
  });

  var m = /^#f(\d+)$/.exec(window.location.hash);
  if (m) {
    var li = document.getElementById("f" + m[1]);
    var i = finds.indexOf(li && li.querySelector("a.find"));
    if (i >= 0) { select(i, false); }
  }
})();
