// The app's shared state: collections of cleave/documents, with the indexes their queries use.
// Shared code (no procedures): every segment that reads or writes imports it.
import { collection } from 'cleave/documents';

// creators and comics are read-mostly: each node keeps a near cache of them (a copy is at most 5 s stale).
export const creators = collection('creators', { indexes: ['nickname', 'joinedAt', 'followers', 'search'], cache: true });
/** The accounts (store/account.ts): one per taken nickname (id = nickname); inserting it is the atomic uniqueness check. */
export const nicknames = collection('nicknames');
/** Password hashes of accounts made before they moved into the account document (read only). */
export const credentials = collection('credentials');
export const sessions = collection('sessions', { indexes: ['creatorId'] });
/** Wrong passwords per nickname (authentication/attempts.ts). */
export const attempts = collection('attempts');
export const posts = collection('posts', { indexes: ['creatorId', 'createdAt', 'parentId', 'removed', 'kind'] });
export const comics = collection('comics', { cache: true });
export const likes = collection('likes', { indexes: ['postId', 'creatorId'] });
export const relations = collection('relations', { indexes: ['followerId', 'followingId'] });
export const notifications = collection('notifications', { indexes: ['receiverId', 'createdAt'] });
export const markers = collection('markers');
