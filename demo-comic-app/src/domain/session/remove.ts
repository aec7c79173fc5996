// writes: ends every session of a creator (log out).
import { sessions } from '../store/collections';

export default async function remove(creatorId: string): Promise<number> {
    const open = await sessions.find({ where: { creatorId } });
    await Promise.all(open.map((session: any) => sessions.delete(session.id)));
    return open.length;
}
