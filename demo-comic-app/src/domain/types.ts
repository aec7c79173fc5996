// The shapes the server and the browser share. Type-only: nothing of this module runs.

/** Who is calling: set by the server middleware from the session token, never by the browser. */
export type Requester = { id: string, nickname: string };

export type Creator = { id: string, nickname: string, fullName: string, joinedAt: number, followers: number, avatar: string };

export type Background = { kind: 'color' | 'scene' | 'photo', value: string };
export type Element = {
    id: string, kind: 'bubble' | 'caption', text: string,
    /** Position and size in per cent of the panel. */
    x: number, y: number, width: number, height: number,
    /** Where a bubble's tail points (per cent of the panel): at the speaker. */
    tail?: { x: number, y: number },
};
export type Panel = { background: Background, elements: Element[] };
export type Comic = { id: string, creatorId: string, panels: Panel[] };

export type Post = {
    id: string, creatorId: string, kind: 'comic' | 'comment', comicId: string, text: string,
    /** The post this one reacts to; '' for a post of its own. */
    parentId: string, createdAt: number, removed: boolean,
};

export type PostView = {
    post: Post, creator: Creator, comic: Comic | null,
    likes: number, reactions: number, liked: boolean, mine: boolean,
};

/** A page of a timeline: `next` is the cursor to pass for the following page ("Load more"), null after the last. */
export type PostPage = { posts: PostView[], next: string | null };

export type CreatorView = { creator: Creator, comics: number, followers: number, following: number, followed: boolean, me: boolean };

export type NotificationView = {
    id: string, type: 'followed' | 'liked' | 'reacted', sender: Creator, postId: string, createdAt: number, read: boolean,
};

export type Session = { token: string, creator: Creator };
