// bulletin review, index page: filter and sort the table, walk it with j/k.
// Plain JavaScript, no library, no network. Without it the table is a plain list of links.
(function () {
  "use strict";
  var form = document.querySelector("form.filters");
  var tbody = document.querySelector("#docs tbody");
  var rows = Array.prototype.slice.call(tbody.rows);
  var shown = document.getElementById("shown");
  var current = -1;

  function value(name) { return form.elements[name].value; }
  function apply() {
    var code = value("code"), sev = value("severity"), status = value("status");
    var n = 0;
    rows.forEach(function (tr) {
      var ok = (!code || tr.getAttribute("data-codes").indexOf(" " + code + " ") >= 0) &&
               (!sev || tr.getAttribute("data-sevs").indexOf(" " + sev + " ") >= 0) &&
               (!status || tr.getAttribute("data-status") === status);
      tr.hidden = !ok;
      if (ok) { n += 1; }
    });
    shown.textContent = n + " of " + rows.length + " shown";
    var parts = [];
    ["code", "severity", "status"].forEach(function (k) { if (value(k)) { parts.push(k + "=" + encodeURIComponent(value(k))); } });
    if (history.replaceState) { history.replaceState(null, "", parts.length ? "#" + parts.join("&") : window.location.pathname); }
  }
  function fromHash() {
    var h = window.location.hash.slice(1);
    if (!h) { return; }
    h.split("&").forEach(function (kv) {
      var i = kv.indexOf("=");
      var k = kv.slice(0, i), v = decodeURIComponent(kv.slice(i + 1));
      var el = form.elements[k];
      if (el && Array.prototype.some.call(el.options, function (o) { return o.value === v; })) { el.value = v; }
    });
    apply();
  }
  form.addEventListener("change", apply);
  form.addEventListener("reset", function () { setTimeout(apply, 0); });
  form.addEventListener("submit", function (ev) { ev.preventDefault(); });
  window.addEventListener("hashchange", fromHash);

  // Sorting: click a column header; again to reverse.
  var ths = Array.prototype.slice.call(document.querySelectorAll("#docs thead th"));
  ths.forEach(function (th, col) {
    th.querySelector("button").addEventListener("click", function () {
      var asc = th.getAttribute("aria-sort") !== "ascending";
      ths.forEach(function (o) { o.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", asc ? "ascending" : "descending");
      var num = th.getAttribute("data-type") === "num";
      var sorted = rows.slice().sort(function (a, b) {
        var x = a.cells[col].getAttribute("data-v"), y = b.cells[col].getAttribute("data-v");
        var c = num ? (parseFloat(x) - parseFloat(y)) : x.localeCompare(y);
        if (c === 0) { c = parseFloat(a.cells[0].getAttribute("data-v")) - parseFloat(b.cells[0].getAttribute("data-v")); }
        return asc ? c : -c;
      });
      sorted.forEach(function (tr) { tbody.appendChild(tr); });
    });
  });

  // j/k: move through the visible rows; Enter opens the current one.
  function visible() { return Array.prototype.filter.call(tbody.rows, function (tr) { return !tr.hidden; }); }
  function move(step) {
    var list = visible();
    if (!list.length) { return; }
    var at = list.indexOf(tbody.querySelector("tr.current"));
    var next = at < 0 ? (step > 0 ? 0 : list.length - 1) : Math.max(0, Math.min(list.length - 1, at + step));
    rows.forEach(function (tr) { tr.classList.remove("current"); });
    list[next].classList.add("current");
    var link = list[next].querySelector("a");
    if (link) { link.focus(); } else { list[next].scrollIntoView({ block: "nearest" }); }
  }
  document.addEventListener("keydown", function (ev) {
    if (ev.altKey || ev.ctrlKey || ev.metaKey) { return; }
    var t = ev.target;
    if (t && (t.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(t.tagName))) { return; }
    if (ev.key === "j") { move(1); ev.preventDefault(); }
    else if (ev.key === "k") { move(-1); ev.preventDefault(); }
  });
  fromHash();
})();
