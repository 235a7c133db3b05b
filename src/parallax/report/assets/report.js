"use strict";
(function () {
  var data = JSON.parse(document.getElementById("parallax-data").textContent);
  var body = document.body;
  var marksByClaim = {};
  var indexById = {};
  data.claims.forEach(function (claim, index) { marksByClaim[index] = []; indexById[claim.id] = index; });
  Array.prototype.forEach.call(document.querySelectorAll("mark.claim-mark"), function (mark) {
    mark.getAttribute("data-claims").split(" ").forEach(function (index) {
      if (marksByClaim[index]) { marksByClaim[index].push(mark); }
    });
  });
  var cards = {};
  Array.prototype.forEach.call(document.querySelectorAll(".claim[data-claim-index]"), function (card) {
    var index = card.getAttribute("data-claim-index");
    cards[index] = card;
    card.setAttribute("data-counterparts", String((marksByClaim[index] || []).length));
  });
  var pinned = null;

  function clear() {
    Array.prototype.forEach.call(document.querySelectorAll(".active"), function (el) { el.classList.remove("active"); });
    body.classList.remove("has-active");
    body.removeAttribute("data-active-claim");
  }
  function activate(index, scroll) {
    clear();
    if (index === null || !cards[index]) { return; }
    cards[index].classList.add("active");
    var seenColumns = {};
    marksByClaim[index].forEach(function (mark) {
      mark.classList.add("active");
      var column = mark.closest(".article-body");
      if (scroll && column && !seenColumns[column.id]) {
        seenColumns[column.id] = true;
        column.scrollTop = mark.offsetTop - column.offsetTop - column.clientHeight / 3;
      }
    });
    body.classList.add("has-active");
    body.setAttribute("data-active-claim", data.claims[index].id);
  }
  function pin(index) {
    pinned = pinned === index ? null : index;
    activate(pinned, true);
    if (pinned === null) {
      history.replaceState(null, "", location.pathname + location.search);
    } else {
      history.replaceState(null, "", "#claim=" + encodeURIComponent(data.claims[pinned].id));
    }
  }
  function indexOf(el) {
    var card = el.closest(".claim[data-claim-index]");
    if (card) { return card.getAttribute("data-claim-index"); }
    var mark = el.closest("mark.claim-mark");
    return mark ? mark.getAttribute("data-claims").split(" ")[0] : null;
  }
  document.addEventListener("mouseover", function (event) {
    var index = indexOf(event.target);
    if (index !== null) { activate(index, false); } else if (pinned === null) { clear(); } else { activate(pinned, false); }
  });
  document.addEventListener("click", function (event) {
    if (event.target.closest("a")) { return; }
    var index = indexOf(event.target);
    if (index !== null) { pin(index); }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Enter" || event.key === " ") {
      var index = indexOf(event.target);
      if (index !== null) { event.preventDefault(); pin(index); }
    } else if (event.key === "Escape" && pinned !== null) { pin(pinned); }
  });
  var toggle = document.getElementById("show-language");
  if (toggle) {
    var sync = function () { body.classList.toggle("show-language", toggle.checked); };
    toggle.addEventListener("change", sync);
    sync();
  }
  var match = /^#claim=(.+)$/.exec(location.hash);
  if (match) {
    var wanted = indexById[decodeURIComponent(match[1])];
    if (wanted !== undefined) { pin(String(wanted)); }
  }
  body.setAttribute("data-claims-indexed", String(data.claims.length));
  body.setAttribute("data-ready", "true");
})();
