// The menu folds on a phone (a "Menu" button opens it) and is always open on wider screens.
document.addEventListener("DOMContentLoaded", function () {
  var menu = document.getElementById("menu");
  if (!menu) { return; }
  var wide = window.matchMedia("(min-width: 768px)");
  var fit = function () { if (wide.matches) { menu.open = true; } };
  fit();
  wide.addEventListener("change", fit);
});
