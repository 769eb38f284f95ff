/** The search field's id: the `/` key looks for it before going to the search page. */
export const SEARCH_INPUT_ID = 'search-query';

/** Navigation state asking the search page to put the cursor in its field (the header's search, the `/` key). */
export const focusRequest = { focusSearch: true };
