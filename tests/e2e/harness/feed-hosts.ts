/** Where each network's stand-in feed page is opened (pages/feeds/<network>.html at `?standin=feed`). */
export const FEED_HOSTS: Readonly<Record<string, string>> = {
  instagram: 'www.instagram.com',
  facebook: 'www.facebook.com',
  x: 'x.com',
  tiktok: 'www.tiktok.com',
  threads: 'www.threads.com',
  snapchat: 'www.snapchat.com',
  linkedin: 'www.linkedin.com',
  youtube: 'www.youtube.com',
  reddit: 'www.reddit.com',
  bluesky: 'bsky.app',
  pinterest: 'www.pinterest.com',
  tumblr: 'www.tumblr.com',
};

/** The listed profiles the stand-in feed pages mark as "theirs": one person, on all twelve networks. */
export const SAM_EVERYWHERE: readonly string[] = [
  'instagram:someex', 'facebook:someex', 'x:someex', 'tiktok:someex', 'threads:someex', 'snapchat:someex',
  'linkedin:someex', 'youtube:someex', 'reddit:someex', 'bluesky:someex.bsky.social', 'pinterest:someex', 'tumblr:someex',
];

/** Sam as stored, with "Keep them out of my feeds" on or off (absent: listed before the choice existed). */
export const samWithFeeds = (hideInFeeds: boolean | undefined, keys: readonly string[] = SAM_EVERYWHERE) => [
  { id: 'sam', name: 'Sam', relationship: 'ex', addedAt: 0, profiles: keys.map((key) => ({ key, addedAt: 0 })), ...(hideInFeeds !== undefined && { hideInFeeds }) },
];

/** Facebook's story tray names only a numeric id: as if learned on their own page earlier. */
export const LEARNED_IDS = { 'facebook:someex': ['facebook:100012345'] };
