/*
 * Chrome's service worker has no page storage (localStorage), where the popup keeps the copy it
 * paints its first frame from. When the background deletes everything, it opens this page as an
 * offscreen document for a moment (reason LOCAL_STORAGE), which clears it.
 * https://developer.chrome.com/docs/extensions/reference/api/offscreen
 */
localStorage.clear();
