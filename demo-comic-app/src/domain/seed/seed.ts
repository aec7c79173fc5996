// The demo's first content, written through the writes functions like any other. Resumable:
// each step is recorded (or found) before the next, so a seed cut off half-way (a node stopped,
// a call interrupted) carries on where it stopped when it runs again, without duplicates.
import createCreator from '../creator/create';
import follow from '../relation/follow';
import createComic from '../comic/create';
import createPost from '../post/create';
import toggle from '../rating/toggle';
import { nicknames, markers, likes } from '../store/collections';
import { CREATORS, FOLLOWS, COMICS, PASSWORD, HASHES } from './content';

export default async function seed(): Promise<{ creators: number, posts: number }> {
    const now = Date.now();
    const ids = new Map<string, string>();
    for (const [index, creator] of CREATORS.entries()) {
        const taken = await nicknames.get(creator.nickname);
        const id = taken !== null ? taken.creatorId : (await createCreator(creator.nickname, creator.fullName, PASSWORD,
            now - (30 - index) * 86_400_000, HASHES[creator.nickname])).id;
        ids.set(creator.nickname, id);
    }
    for (const [follower, following] of FOLLOWS) await follow(ids.get(follower)!, ids.get(following)!);
    let posts = 0;
    for (const [index, entry] of COMICS.entries()) {
        const creatorId = ids.get(entry.by)!;
        const postId = await step(`seed-comic-${index}`, async () => {
            const comic = await createComic(creatorId, entry.panels);
            return (await createPost(creatorId, 'comic', comic.id, '', '', now - (COMICS.length - index) * 3_600_000)).id;
        });
        posts++;
        for (const liker of entry.likedBy) {
            if (await likes.get(`${postId}:${ids.get(liker)}`) === null) await toggle(ids.get(liker)!, postId);
        }
        if (entry.comment) {
            const comment = entry.comment;
            await step(`seed-comment-${index}`, async () =>
                (await createPost(ids.get(comment.by)!, 'comment', '', comment.text, postId, now - (COMICS.length - index) * 3_600_000 + 600_000)).id);
            posts++;
        }
    }
    return { creators: ids.size, posts };
}

/** Runs make once: the id it made is kept under key, and found there on a later run. */
async function step(key: string, make: () => Promise<string>): Promise<string> {
    const done = await markers.get(key);
    if (done !== null) return done.value;
    const value = await make();
    await markers.insert({ id: key, value });
    return value;
}
