// The procedure of DecodedDataIT: gives back what it was sent.
export async function echo(value) {
    return value;
}
