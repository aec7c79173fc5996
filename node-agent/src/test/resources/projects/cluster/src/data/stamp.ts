/** Marks a text as having passed segment data. */
export default async function stamp(text: string): Promise<string> {
    return `${text} (stamped)`;
}
