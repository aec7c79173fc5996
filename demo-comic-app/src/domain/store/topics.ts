// Topics of cleave/events: published by the writes segment, handled by the notification segment.
export const FOLLOWED = 'creator.followed';
export const LIKED = 'post.liked';
export const REACTED = 'post.reacted';

export type Followed = { followerId: string, followingId: string };
export type Liked = { postId: string, creatorId: string, receiverId: string };
export type Reacted = { postId: string, reactionId: string, creatorId: string, receiverId: string };
