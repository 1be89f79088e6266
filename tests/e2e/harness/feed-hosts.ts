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
