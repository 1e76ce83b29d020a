/*
 * Ribbon commands. They run in the shared runtime's page (taskpane.html) with the task pane and the custom
 * functions. The only button, Uppsikt, opens the task pane through the manifest's ShowTaskpane action, so
 * nothing is associated yet; a button with an ExecuteFunction action gets its
 * Office.actions.associate(name, handler) call here, inside onReady.
 */

// typeof: the page can be opened outside Office (the dev server in a browser), where Office.js is absent.
if (typeof Office !== 'undefined') {
  void Office.onReady();
}

export {};
