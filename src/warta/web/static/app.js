// warta dashboard: the only script. Pages work without it; it only loads a chosen file into the text box.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  var file = document.getElementById("file");
  var text = document.getElementById("text");
  var format = document.getElementById("format");
  if (!file || !text) return;
  file.addEventListener("change", function () {
    var chosen = file.files && file.files[0];
    if (!chosen) return;
    var reader = new FileReader();
    reader.onload = function () {
      text.value = String(reader.result);  // a value, never markup: the file's text cannot run as HTML
      if (format) format.value = /\.html?$/i.test(chosen.name) ? "html" : "text";
    };
    reader.readAsText(chosen);
  });
});
