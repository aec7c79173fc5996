// Names of the atomic counters (cleave/counters) the app keeps.
export const followersOf = (creatorId: string) => `followers:${creatorId}`;
export const followingOf = (creatorId: string) => `following:${creatorId}`;
export const comicsOf = (creatorId: string) => `comics:${creatorId}`;
export const likesOf = (postId: string) => `likes:${postId}`;
export const reactionsOf = (postId: string) => `reactions:${postId}`;
export const unreadOf = (creatorId: string) => `unread:${creatorId}`;
