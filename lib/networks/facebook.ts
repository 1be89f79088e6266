import { type Network, rulePath, END, escapeRegex, VALUE_END } from './network';

// Facebook usernames: at least 5 letters, numbers and periods; neither case nor periods matter,
// so facebook.com/John.Smith and facebook.com/johnsmith are one profile (Facebook Help Centre,
// "Username guidelines"). Accounts without a username are reached by their numeric id.
const FACEBOOK_USERNAME = /^[A-Za-z0-9.]{5,50}$/;
const NUMERIC_ID = /^[0-9]{1,20}$/;
const LOCALE_SUBDOMAIN = /^[a-z]{2}-[a-z]{2}$/;

// Facebook's own top-level routes that would otherwise look like usernames.
const reserved = new Set([
  'bookmarks', 'business', 'careers', 'dialog', 'events', 'feeds', 'friends', 'fundraisers',
  'gaming', 'groups', 'hashtag', 'help', 'login', 'logout', 'marketplace', 'media', 'memories',
  'messages', 'notifications', 'pages', 'photo', 'photos', 'places', 'plugins', 'policies',
  'privacy', 'recover', 'reel', 'reels', 'saved', 'search', 'settings', 'share', 'sharer',
  'stories', 'watch', 'video', 'videos', 'ads', 'adsmanager', 'checkpoint', 'games', 'live',
  'messenger', 'news', 'offers', 'reg', 'r.php', 'security', 'terms', 'legal', 'donate', 'pg',
  'permalink', 'story', 'profile', 'people', 'find-friends', 'confirmemail', 'composer',
  'notes', 'weather', 'lite', 'mobile', 'facebook', 'l', 'tr', 'campaign', 'home',
]);

function fromId(value: string | null | undefined): string | null {
  return value !== null && value !== undefined && NUMERIC_ID.test(value) ? value : null;
}

function fromUsername(value: string): string | null {
  if (!FACEBOOK_USERNAME.test(value)) return null;
  const key = value.toLowerCase().replaceAll('.', '');
  // "home.php", "login.php" and friends are pages, not usernames.
  return key.length >= 5 && !value.toLowerCase().endsWith('.php') ? key : null;
}

export const facebook: Network = {
  id: 'facebook',
  label: 'Facebook',
  domains: ['facebook.com', 'fb.com'],
  subdomains: (sub) =>
    ['', 'www', 'm', 'mobile', 'mbasic', 'web', 'touch', 'free', 'd'].includes(sub) ||
    LOCALE_SUBDOMAIN.test(sub),
  // Its own short subdomains and locales (de-de.), cheaper than listing them; longer ones
  // (business., developers.) are never a person's.
  ruleHost: '(?:[a-z]{1,6}\\.|[a-z]{2}-[a-z]{2}\\.)?(?:facebook|fb)\\.com',
  identify({ segments, query }) {
    const [first, second, third] = segments;
    if (first === undefined) return null;
    switch (first.toLowerCase()) {
      case 'profile.php':
        return fromId(query('id'));
      case 'people': // /people/Their-Name/<id>/
        return fromId(third);
      case 'stories': // /stories/<owner id>/<story id>/
        return fromId(second);
      case 'story.php': // a post's permalink names its owner: ?story_fbid=<post>&id=<owner>
      case 'permalink.php':
        return fromId(query('id'));
      case 'groups': // a member's posts in a group: /groups/<group>/user/<id>/
        return third === 'user' ? fromId(segments[3]) : null;
      case 'friends': // a suggestion or request opened beside the list: /friends/suggestions/?profile_id=<id>
        return fromId(query('profile_id'));
    }
    if (NUMERIC_ID.test(first)) return first;
    if (reserved.has(first.toLowerCase())) return null;
    return fromUsername(first);
  },
  fromHandle(handle) {
    const bare = handle.startsWith('@') ? handle.slice(1) : handle;
    return fromId(bare) ?? (reserved.has(bare.toLowerCase()) ? null : fromUsername(bare));
  },
  rulePaths(id) {
    if (!NUMERIC_ID.test(id)) {
      // Periods in a username are optional (john.smith is johnsmith), but a pattern with an
      // optional period between every letter can be too large for Chrome: then the exact form.
      return [{ before: '', id: [[...id].map(escapeRegex).join('\\.?'), escapeRegex(id)], after: END }];
    }
    return [
      rulePath('(?:people/[^/?#]+/|stories/|groups/[^/?#]+/user/)?', id),
      rulePath('(?:profile|story|permalink)\\.php\\?(?:[^#]*&)?id=', id, VALUE_END),
      rulePath('friends/[^?#]*\\?(?:[^#]*&)?profile_id=', id, VALUE_END),
    ];
  },
  filterPaths: (id) => (NUMERIC_ID.test(id) ? [`profile.php?id=${id}`] : [id]),
  profileUrl: (id) =>
    NUMERIC_ID.test(id) ? `https://www.facebook.com/profile.php?id=${id}` : `https://www.facebook.com/${id}`,
  display: (id) => (NUMERIC_ID.test(id) ? `id ${id}` : id),
  handleRule: 'rule.facebook',
  postPaths: new Set(['photo', 'photo.php', 'permalink.php', 'story.php', 'reel', 'watch', 'share', 'posts']),
};
