// A resource: one instance per node, shared by all its segments.
export const store = {
    posts: new Map<number, string>([[1, 'hello, world']]),
};
