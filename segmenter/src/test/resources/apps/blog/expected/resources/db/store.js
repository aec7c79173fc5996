// A resource: one instance per node, shared by all its segments.
export const store = {
  posts: new Map([
    [
      1,
      'hello, world'
    ]
  ])
};
