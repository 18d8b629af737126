// The stand-in scheduling page: shows the note Pathlight prefilled (the `notes` query parameter, as Cal.com names it).
const notes = new URLSearchParams(location.search).get('notes');
document.getElementById('book-notes').value = notes ?? '(no note)';
