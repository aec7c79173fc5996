// Log in and sign up.
import login from '../../src/domain/authentication/login';
import signUp from '../../src/domain/authentication/signUp';
import { h, clear, messageOf } from '../dom';
import { signIn } from '../session';

export function loginPage(main: HTMLElement): void {
    const nickname = h('input', { id: 'login-nickname', name: 'nickname', autocomplete: 'username', required: true, autocapitalize: 'none' });
    const password = h('input', { id: 'login-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
    const error = h('p', { className: 'form-error', role: 'alert', 'data-test': 'form-error' });
    const form = h('form', { className: 'card auth', 'data-test': 'login-form' },
        h('h1', {}, 'Welcome back'),
        h('p', { className: 'muted' }, 'Log in to make comics and see what the people you follow made.'),
        h('label', { for: 'login-nickname' }, 'Nickname'), nickname,
        h('label', { for: 'login-password' }, 'Password'), password,
        error,
        h('button', { className: 'primary', type: 'submit' }, 'Log in'),
        h('p', { className: 'muted' }, 'New here? ', h('a', { href: '#/signup' }, 'Create an account')));
    form.addEventListener('submit', async event => {
        event.preventDefault();
        error.textContent = '';
        try {
            signIn(await login(nickname.value, password.value));
            location.hash = '#/';
        } catch (failure) {
            error.textContent = messageOf(failure);
        }
    });
    clear(main, hero(), form);
}

export function signUpPage(main: HTMLElement): void {
    const nickname = h('input', { id: 'signup-nickname', name: 'nickname', autocomplete: 'username', required: true, autocapitalize: 'none',
        pattern: '[a-z0-9_]{3,20}', 'aria-describedby': 'nickname-hint' });
    const fullName = h('input', { id: 'signup-name', name: 'fullName', autocomplete: 'name', required: true, maxlength: 40 });
    const password = h('input', { id: 'signup-password', name: 'password', type: 'password', autocomplete: 'new-password', required: true, minlength: 8 });
    const error = h('p', { className: 'form-error', role: 'alert', 'data-test': 'form-error' });
    const form = h('form', { className: 'card auth', 'data-test': 'signup-form', novalidate: true },
        h('h1', {}, 'Create your account'),
        h('label', { for: 'signup-nickname' }, 'Nickname'), nickname,
        h('small', { id: 'nickname-hint', className: 'muted' }, '3–20 characters: a–z, 0–9 and _'),
        h('label', { for: 'signup-name' }, 'Display name'), fullName,
        h('label', { for: 'signup-password' }, 'Password'), password,
        h('small', { className: 'muted' }, 'At least 8 characters'),
        error,
        h('button', { className: 'primary', type: 'submit' }, 'Sign up'),
        h('p', { className: 'muted' }, 'Have an account? ', h('a', { href: '#/login' }, 'Log in')));
    form.addEventListener('submit', async event => {
        event.preventDefault();
        error.textContent = '';
        try {
            signIn(await signUp(nickname.value, fullName.value, password.value));
            location.hash = '#/';
        } catch (failure) {
            error.textContent = messageOf(failure);
        }
    });
    clear(main, hero(), form);
}

function hero(): HTMLElement {
    return h('section', { className: 'hero' },
        h('h2', {}, 'Tell it in panels.'),
        h('p', {}, 'Draw a four-panel joke in a minute, follow people whose comics you like, and react with a comic of your own.'));
}
