// Filter entries as the user types: every word typed must occur in the entry.
(function () {
  "use strict";
  var input = document.getElementById("search");
  var shown = document.getElementById("shown");
  var nothing = document.getElementById("nothing");
  var entries = Array.prototype.slice.call(document.querySelectorAll(".entry"));
  var sections = Array.prototype.slice.call(document.querySelectorAll("section.theme"));
  function apply() {
    var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    var total = 0;
    entries.forEach(function (li) {
      var text = li.getAttribute("data-search");
      var ok = words.every(function (w) { return text.indexOf(w) !== -1; });
      li.hidden = !ok;
      if (ok) { total += 1; }
    });
    sections.forEach(function (section) {
      var visible = section.querySelectorAll(".entry:not([hidden])").length;
      section.hidden = visible === 0;
      var badge = document.querySelector('#toc .count[data-theme="' + section.id.slice(6) + '"]');
      if (badge) { badge.textContent = String(visible); }
    });
    shown.textContent = total + " of " + entries.length;
    nothing.hidden = total !== 0;
  }
  input.addEventListener("input", apply);
}());
