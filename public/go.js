// The one page of Letting Go a web page's navigation may reach, and only at an address that
// changes with every browser session (web_accessible_resources, use_dynamic_url): a visit
// stopped by the request rules arrives here and moves on, in the same history entry, to the
// pause page, which no web page can load or probe at a fixed address. (The move is the
// extension's own, so a reload or Back later reaches the pause page too.) See wxt.config.ts.
location.replace('/pause.html' + location.search + location.hash);
