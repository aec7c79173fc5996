/** The id of the node that runs this module: a resource, so the segments of one node share it. */
export const NODE = crypto.randomUUID();
