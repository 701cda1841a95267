// Import page: the chosen file's name next to the page's own file button (the browser's native one speaks the
// browser's language, not the page's).
const input = document.getElementById('import-file');
const name = document.getElementById('import-file-name');
if (input && name) {
  input.addEventListener('change', () => {
    if (input.files.length > 0) name.textContent = input.files[0].name;
  });
}
