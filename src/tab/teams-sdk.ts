/**
 * The Teams SDK, built as its own file (teams-sdk.js) and imported only when the page is in a
 * frame: outside Teams it is never loaded, so nothing of it runs there (it fetches Microsoft's
 * list of valid host origins as soon as it loads).
 */
export { app, authentication } from '@microsoft/teams-js';
