import { collection } from 'cleave/documents';

/** A read-mostly collection kept in each node's near cache for at most 2 seconds. */
const profiles = collection('profiles', { cache: { maxAge: 2, maxEntries: 1000 } });

export async function putProfile(document: { id: string }): Promise<object> {
    return (await profiles.get(document.id)) === null ? profiles.insert(document) : profiles.replace(document);
}

export async function readProfile(id: string): Promise<object | null> {
    return profiles.get(id);
}

export async function readProfiles(ids: string[]): Promise<(object | null)[]> {
    return profiles.getMany(ids);
}

export async function renameProfile(id: string, name: string): Promise<object> {
    return profiles.update(id, { name });
}
