import { profileKey } from './profile-url';

/*
 * The networks' app links (fb://profile/<id>, instagram://user?username=…): pages name them in
 * <meta property="al:android:url"> App Links tags and "open in the app" buttons. They are not web
 * addresses, so `profileKey` refuses them; this reads the few that name a profile, so that a
 * page showing one beside the handle it belongs to can teach the account's id (lib/learned-ids.ts).
 */

/** Each app scheme and host, and the web address it stands for (null when it names nobody). */
const APP_LINKS: Readonly<Record<string, (path: string, query: URLSearchParams) => string | null>> = {
  'fb:profile': (path) => (/^\/[0-9]{1,20}$/.test(path) ? `https://www.facebook.com/profile.php?id=${path.slice(1)}` : null),
  'instagram:user': (_, query) => (query.has('username') ? `https://www.instagram.com/${query.get('username')}/` : null),
  'twitter:user': (_, query) =>
    query.has('screen_name') ? `https://x.com/${query.get('screen_name')}` : query.has('id') ? `https://x.com/i/user/${query.get('id')}` : null,
};

/** The profile key an app link names, or null. Never throws. */
export function appLinkKey(link: string): string | null {
  if (typeof link !== 'string' || link.length > 512 || !URL.canParse(link)) return null;
  const parsed = new URL(link);
  const web = APP_LINKS[`${parsed.protocol.slice(0, -1)}:${parsed.hostname}`]?.(parsed.pathname, parsed.searchParams);
  return web == null ? null : profileKey(web);
}
