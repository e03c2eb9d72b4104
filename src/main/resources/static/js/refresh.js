// Reloads the page every data-seconds seconds (the trainer's rotating check-in QR code).
(function () {
  var script = document.currentScript;
  var seconds = parseInt(script && script.dataset.seconds, 10) || 30;
  setTimeout(function () { window.location.reload(); }, seconds * 1000);
})();
