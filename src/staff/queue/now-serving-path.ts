/** The lobby display's address: a page of its own in the console, without a nav entry. */
export const NOW_SERVING_PATH = '/staff/now-serving';
