// The app's errors: each extends one of the runtime's, so its status (400, 401, 404, 429) reaches the browser.
import { BadRequest, NotFound, Unauthorized, Forbidden } from 'jitar';
import { TooManyRequests } from 'cleave';

export class InvalidNickname extends BadRequest {}
export class NicknameTaken extends BadRequest {}
export class InvalidName extends BadRequest {}
export class WeakPassword extends BadRequest {}
export class WrongCredentials extends Unauthorized {}
export class TooManyAttempts extends TooManyRequests {}
export class NotLoggedIn extends Unauthorized {
    constructor() { super('Please log in first.'); }
}
export class InvalidComic extends BadRequest {}
export class EmptyComic extends BadRequest {
    constructor() { super('Your comic is empty: add a speech bubble or a caption to at least one panel.'); }
}
export class InvalidComment extends BadRequest {}
export class PhotoTooLarge extends BadRequest {}
export class InvalidPhoto extends BadRequest {}
export class PhotoQuotaReached extends TooManyRequests {}
export class PostNotFound extends NotFound {
    constructor() { super('This post was removed or does not exist.'); }
}
export class CreatorNotFound extends NotFound {
    constructor() { super('There is no creator with that name.'); }
}
export class NotYours extends Forbidden {}
export class SelfFollow extends BadRequest {}
/** An argument out of its bounds (a list too long, an id that is not a string, a bad cursor). */
export class InvalidInput extends BadRequest {}
