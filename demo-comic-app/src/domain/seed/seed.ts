// The demo's first content, written through the writes functions like any other.
import createCreator from '../creator/create';
import follow from '../relation/follow';
import createComic from '../comic/create';
import createPost from '../post/create';
import toggle from '../rating/toggle';
import { CREATORS, FOLLOWS, COMICS, PASSWORD, HASHES } from './content';

export default async function seed(): Promise<{ creators: number, posts: number }> {
    const now = Date.now();
    const ids = new Map<string, string>();
    for (const [index, creator] of CREATORS.entries()) {
        const created = await createCreator(creator.nickname, creator.fullName, PASSWORD, now - (30 - index) * 86_400_000,
            HASHES[creator.nickname]);
        ids.set(creator.nickname, created.id);
    }
    for (const [follower, following] of FOLLOWS) await follow(ids.get(follower)!, ids.get(following)!);
    let posts = 0;
    for (const [index, entry] of COMICS.entries()) {
        const creatorId = ids.get(entry.by)!;
        const comic = await createComic(creatorId, entry.panels);
        const post = await createPost(creatorId, 'comic', comic.id, '', '', now - (COMICS.length - index) * 3_600_000);
        posts++;
        for (const liker of entry.likedBy) await toggle(ids.get(liker)!, post.id);
        if (entry.comment) {
            await createPost(ids.get(entry.comment.by)!, 'comment', '', entry.comment.text, post.id, post.createdAt + 600_000);
            posts++;
        }
    }
    return { creators: ids.size, posts };
}
