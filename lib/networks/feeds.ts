/*
 * Where a listed person's things sit in each network's pages: which element around a link to
 * them is the item to hide (a post, a story-tray item, a comment, a suggestion, a search
 * suggestion), and the few places that name them without a link. Data, read by the feed script
 * (platform/feeds/); sites change their pages, so this is the file to update when one does.
 *
 * Recognition itself is `profileKey` on every link (lib/profile-url.ts), so every URL form it
 * knows counts here. From a link, the item is `closest(<every item selector of the network>)`:
 * the smallest item that holds the link, so a reply of theirs inside someone else's comment
 * hides the reply, never the comment that holds it. Where no selector fits, the generic fallback
 * climbs from the link while everything above still names only them (platform/feeds/container.ts).
 *
 * Hooks are chosen to outlive a redesign: roles, test ids, custom element names, the links
 * themselves; hashed class names never. Sources: /tmp/research-13/REPORT.md §2 (each network's
 * section names the public code its selectors come from); rows marked "unconfirmed" follow that
 * report where it could not check a live page.
 */

/** The kinds of thing the tables know, for the tests and for whoever updates a row. */
export type FeedItemKind = 'post' | 'story' | 'comment' | 'suggestion' | 'typeahead' | 'quote';

/**
 * An element that names a person without a link: `attr`'s value (or its text when there is no
 * `attr`) matches `pattern`, whose first group is put into `url` for `$1`; that address then
 * goes through `profileKey` like any link.
 */
export interface FeedHook {
  readonly at: string;
  readonly attr?: string;
  readonly pattern: RegExp;
  readonly url: string;
}

export interface FeedTable {
  readonly items: Readonly<Partial<Record<FeedItemKind, string>>>;
  readonly hooks?: readonly FeedHook[];
  /** An item that takes more with it: [what it matches, the ancestor to hide instead]. */
  readonly escalate?: readonly (readonly [string, string])[];
  /** Where a handle and an id shown together teach the id (lib/learned-ids.ts). */
  readonly learn?: string;
  /** Custom elements whose shadow root holds items too (observed as well). */
  readonly shadowHosts?: string;
}

/** Never hidden, whatever a table or the fallback finds: the page, its main region, a feed, a list. */
export const NEVER_HIDE = 'html,body,main,[role=main],[role=feed],[role=list],[role=listbox],[role=grid],[role=dialog],ul,ol';
/** Nor anything that holds one of these. */
export const NEVER_HOLD = 'main,[role=main],[role=feed]';

/**
 * Where a page names its own profile's id beside its address, read when the page is a listed
 * profile (opened under an allowance): App Links tags (fb://profile/<id>), the canonical address,
 * YouTube's channel id.
 */
export const PAGE_ID_HOOKS: readonly FeedHook[] = [
  { at: 'meta[property="al:android:url"],meta[property="al:ios:url"]', attr: 'content', pattern: /^fb:\/\/profile\/(\d{1,20})$/, url: 'https://www.facebook.com/profile.php?id=$1' },
  { at: 'link[rel=canonical]', attr: 'href', pattern: /^(https:\/\/\S+)$/, url: '$1' },
  { at: 'meta[itemprop=channelId]', attr: 'content', pattern: /^(UC[\w-]{22})$/, url: 'https://www.youtube.com/channel/$1' },
];

/** An element whose whole text is a handle: `pattern` is that text, the handle in its group. */
const handleText = (at: string, pattern: string, url: string): FeedHook => ({ at, pattern: new RegExp(`^${pattern}$`), url });

export const feedTables: Readonly<Record<string, FeedTable>> = {
  // §2.1. Posts are <article> (news-feed-eradicator src/sitelist/instagram.ts; Kalbra/NoReel);
  // the story tray (LeonardoChermaut/no-stories-chrome-extension src/modules/instagram) has no
  // links: each item is a button whose username span or aria-label names them. Comments and
  // replies (a reply's row nested in its parent's) are rows of the post dialog: unconfirmed.
  instagram: {
    items: { post: 'article', story: '[data-pagelet=story_tray] li', comment: '[role=dialog] li' },
    hooks: [
      handleText('[data-pagelet=story_tray] [role=button] span', '([\\w.]{1,30})', 'https://www.instagram.com/$1/'),
      { at: '[data-pagelet=story_tray] [role=button][aria-label]', attr: 'aria-label', pattern: /^Story by ([\w.]{1,30}),/, url: 'https://www.instagram.com/$1/' },
    ],
  },
  // §2.2. Feed units are [aria-posinset] in [role=feed]; comments and posts are both
  // [role=article] (Artificial-Sweetener/facebook-clean-my-feeds src/selectors/news.js,
  // src/feeds/news.js); the stories tray is a grid (no-stories-chrome-extension
  // src/modules/facebook/facebook.css). Its cells link /stories/<numeric id>/: a person listed by
  // username is recognised there once their id is learned. Search suggestions: unconfirmed.
  facebook: {
    items: {
      post: '[aria-posinset],[role=article]',
      story: '[role=grid] [role=gridcell]',
      // People You May Know: each card of the unit (unconfirmed: cards as list items).
      suggestion: '[aria-posinset] [role=listitem]',
      typeahead: '[role=listbox] [role=option]',
    },
  },
  // §2.3. Timeline cells (insin/control-panel-for-twitter script.js), user cells in their own
  // cells and the sidebar, and the search dropdown's rows, which name the account only as
  // "@handle" text, as does a quoted post (satomasahiro2005/twitter-1click-block-and-mute
  // twitter-block.user.js). Follow buttons carry the account's number: "<id>-follow".
  x: {
    items: { post: '[data-testid=cellInnerDiv]', quote: 'article [role=link]', suggestion: '[data-testid=UserCell]', typeahead: '[data-testid=typeaheadResult]' },
    hooks: [
      handleText('[data-testid=typeaheadResult] span,[role=link] [data-testid=User-Name] span', '@(\\w{1,15})', 'https://x.com/$1'),
      { at: '[data-testid$="-follow"],[data-testid$="-unfollow"]', attr: 'data-testid', pattern: /^(\d{1,20})-(?:un)?follow$/, url: 'https://x.com/i/user/$1' },
    ],
    learn: '[data-testid=UserCell],[data-testid=HoverCard]',
  },
  // §2.4. data-e2e test ids (many public scripts); comment items are styled components whose
  // class ends in DivCommentItemContainer, replies nested in the parent's: unconfirmed.
  tiktok: {
    items: {
      post: '[data-e2e=recommend-list-item-container],[data-e2e=user-post-item],[data-e2e=search_top-item],[data-e2e=search-card]',
      comment: '[class*=DivCommentItemContainer]',
      suggestion: '[data-e2e=search-user-container]',
    },
  },
  // §2.5. Every post, reply and search result is a pressable container (no <article>).
  threads: { items: { post: '[data-pressable-container]' } },
  // §2.6. No stable hooks found: the generic fallback alone.
  snapchat: { items: {} },
  // §2.7. Feed updates by their activity URN, old and 2025 feeds; comments and their nested
  // replies (comment.select(reply) in public scrapers); the search dropdown. A vanity link
  // carrying the member id in its query teaches the id.
  linkedin: {
    items: {
      post: '[data-urn^="urn:li:activity:"],[data-view-name=feed-full-update],[data-testid=mainFeed] [role=listitem]',
      comment: 'article.comments-comment-entity,[componentkey^=replaceableComment_]',
      typeahead: '.search-global-typeahead__hit,[role=listbox] [role=option]',
    },
    hooks: [{ at: 'a[href*="miniProfileUrn="]', attr: 'href', pattern: /fs_miniProfile%3A(ACoAA[\w-]{20,})/, url: 'https://www.linkedin.com/in/$1' }],
    learn: 'a[href*="miniProfileUrn="]',
  },
  // §2.8. Custom elements (lawrencehook/remove-youtube-suggestions main.css; amitbl/blocktube
  // inject.js). A top-level comment takes its thread with it; a 2025 lockup takes its grid cell.
  youtube: {
    items: {
      post: 'ytd-rich-item-renderer,ytd-video-renderer,ytd-grid-video-renderer,ytd-compact-video-renderer,yt-lockup-view-model,ytd-backstage-post-thread-renderer,ytd-reel-video-renderer,ytm-rich-item-renderer,ytm-video-with-context-renderer',
      suggestion: 'ytd-channel-renderer,ytd-guide-entry-renderer',
      comment: 'ytd-comment-view-model,ytd-comment-renderer,ytm-comment-thread-renderer',
    },
    escalate: [
      ['#comment', 'ytd-comment-thread-renderer'],
      ['yt-lockup-view-model', 'ytd-rich-item-renderer'],
    ],
    learn: 'ytd-channel-renderer,ytd-video-owner-renderer',
  },
  // §2.9. Posts and comments name their author in an attribute, new Reddit and old
  // (honestbleeps/Reddit-Enhancement-Suite lib/utils/Thing.js); replies nest inside the parent
  // comment. The search box's suggestions are inside its open shadow root (unconfirmed rows).
  reddit: {
    items: { post: 'shreddit-post,.thing.link,.search-result-link', comment: 'shreddit-comment,.thing.comment', typeahead: 'li[role=presentation]' },
    hooks: [
      { at: 'shreddit-post[author],shreddit-comment[author]', attr: 'author', pattern: /^([\w-]{3,20})$/, url: 'https://www.reddit.com/user/$1/' },
      { at: '.thing[data-author]', attr: 'data-author', pattern: /^([\w-]{3,20})$/, url: 'https://www.reddit.com/user/$1/' },
    ],
    escalate: [['shreddit-post', 'article']],
    shadowHosts: 'reddit-search-large',
  },
  // §2.10. Open source (bluesky-social/social-app): each item's test id names its author.
  bluesky: {
    items: {
      post: '[data-testid^=feedItem-by-],[data-testid^=postThreadItem-by-]',
      suggestion: '[data-testid^=profileCard-]',
      typeahead: '[data-testid^=searchAutoCompleteResult-]',
    },
    hooks: [
      {
        at: '[data-testid^=feedItem-by-],[data-testid^=postThreadItem-by-],[data-testid^=searchAutoCompleteResult-]',
        attr: 'data-testid',
        pattern: /^(?:feedItem-by-|postThreadItem-by-|searchAutoCompleteResult-)([\w.:-]+)$/,
        url: 'https://bsky.app/profile/$1',
      },
      { at: '[data-testid^=feedItem-by-] img[src*="/did:plc:"]', attr: 'src', pattern: /\/(did:plc:[a-z2-7]{24})\//, url: 'https://bsky.app/profile/$1' },
    ],
    learn: '[data-testid^=feedItem-by-]',
  },
  // §2.11. data-test-id hooks (public scripts): grid pins, search suggestions.
  pinterest: { items: { post: '[data-grid-item]', typeahead: '[data-test-id=search-suggestion]' } },
  // §2.12. Posts (AprilSylph/XKit-Rewritten src/utils/interface.js postSelector) hold their
  // reblog trail, so a reblog of theirs hides the post; legacy mentions are opaque tmblr.co links
  // whose text is "@name".
  tumblr: {
    items: { post: '[data-id][tabindex="-1"]', suggestion: '[role=listitem]' },
    hooks: [handleText('a.tumblelog,a[href^="https://tmblr.co/"]', '@([\\w-]{1,32})', 'https://www.tumblr.com/$1')],
  },
};
