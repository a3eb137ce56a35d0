// A host page's own script: boxes created and removed after load are picked up and released.
let count = 0;
function addBox(lang) {
  const box = document.createElement('fact-box');
  box.lang = lang;
  box.id = `dynamic-${++count}`;
  box.dataset.open = 'none';
  document.getElementById('boxes').append(box);
}
document.getElementById('add-de').addEventListener('click', () => addBox('de'));
document.getElementById('add-en').addEventListener('click', () => addBox('en'));
document.getElementById('remove').addEventListener('click', () => document.querySelector('#boxes fact-box:last-child')?.remove());
