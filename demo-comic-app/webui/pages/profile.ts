// A creator's profile: avatar, names, join date, counts, follow / unfollow (or edit your name), posts.
import getProfile from '../../src/domain/profile/get';
import rename from '../../src/domain/profile/rename';
import followCreator from '../../src/domain/relation/followCreator';
import unfollowCreator from '../../src/domain/relation/unfollowCreator';
import logout from '../../src/domain/authentication/logout';
import { h, clear, avatar, messageOf, toast } from '../dom';
import { postCard } from '../postCard';
import { emptyState } from '../feed';
import { signOut, updateMe } from '../session';

export async function profilePage(main: HTMLElement, nickname: string): Promise<void> {
    clear(main, h('p', { className: 'muted' }, 'Loading…'));
    let profile;
    try {
        profile = await getProfile(nickname);
    } catch (error) {
        clear(main, emptyState('Profile not found', messageOf(error), ['#/explore/creators', 'Find creators']));
        return;
    }
    const { creator } = profile;
    const followers = h('strong', { 'data-test': 'followers' }, profile.followers);
    const name = h('h1', { className: 'profile-name', 'data-test': 'profile-name' }, creator.fullName);
    let actions: HTMLElement;
    if (profile.me) {
        const input = h('input', { value: creator.fullName, maxlength: 40, 'aria-label': 'Display name', 'data-test': 'name-input' });
        const error = h('p', { className: 'form-error', role: 'alert' });
        const form = h('form', { className: 'rename', hidden: true }, input, h('button', { className: 'primary small', type: 'submit' }, 'Save'), error);
        form.addEventListener('submit', async event => {
            event.preventDefault();
            try {
                const updated = await rename(input.value);
                name.textContent = updated.fullName;
                updateMe(updated);
                form.hidden = true;
            } catch (failure) {
                error.textContent = messageOf(failure);
            }
        });
        actions = h('div', { className: 'row' },
            h('button', { className: 'secondary small', onClick: () => { form.hidden = !form.hidden; input.focus(); } }, 'Edit name'),
            h('button', { className: 'secondary small', 'data-test': 'logout', onClick: async () => {
                await logout().catch(() => null);
                signOut();
                location.hash = '#/login';
            } }, 'Log out'), form);
    } else {
        let followed = profile.followed;
        const button = h('button', { className: followed ? 'secondary' : 'primary', 'data-test': 'follow-toggle' }, followed ? 'Unfollow' : 'Follow');
        button.addEventListener('click', async () => {
            button.disabled = true;
            try {
                followed = followed ? await unfollowCreator(creator.id) : await followCreator(creator.id);
                button.textContent = followed ? 'Unfollow' : 'Follow';
                button.className = followed ? 'secondary' : 'primary';
                followers.textContent = String(Number(followers.textContent) + (followed ? 1 : -1));
            } catch (error) {
                toast(messageOf(error));
            } finally {
                button.disabled = false;
            }
        });
        actions = button;
    }
    const joined = new Date(creator.joinedAt).toLocaleDateString('en', { month: 'long', year: 'numeric' });
    clear(main,
        h('section', { className: 'card profile', 'data-test': 'profile' },
            avatar(creator, 'large'),
            h('div', { className: 'profile-text' }, name, h('p', { className: 'muted' }, `@${creator.nickname} · joined ${joined}`),
                h('p', { className: 'stats' }, h('span', {}, h('strong', {}, profile.comics), ' comics'), ' ',
                    h('span', {}, followers, ' followers'), ' ', h('span', {}, h('strong', {}, profile.following), ' following')),
                actions)),
        h('h2', { className: 'section-title' }, 'Posts'),
        profile.posts.length ? h('div', { className: 'feed' }, profile.posts.map(view => postCard(view)))
            : emptyState('No posts yet', profile.me ? 'Your comics will show up here.' : `${creator.fullName} has not posted yet.`,
                profile.me ? ['#/create', 'Make a comic'] : undefined));
    main.dataset.done = 'true';
}
