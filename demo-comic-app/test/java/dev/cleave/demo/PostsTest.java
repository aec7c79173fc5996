package dev.cleave.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Comics, posts, timelines, follows, likes, reactions and notifications. */
class PostsTest extends DomainTest {
    @Test
    void aComicHasOneToFourPanelsAndSomethingToRead() {
        Person ann = signUp("ann");
        Api.Answer empty = api.call(ann.token(), "post/publishComic", Map.of("panels", List.of(
                Map.of("background", Map.of("kind", "color", "value", "#ffffff"), "elements", List.of()))));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).isEqualTo("Your comic is empty: add a speech bubble or a caption to at least one panel.");
        assertThat(api.call(ann.token(), "post/publishComic", Map.of("panels", List.of())).body()).isEqualTo("A comic has 1 to 4 panels.");
        assertThat(api.call(ann.token(), "post/publishComic", Map.of("panels", List.of(bubblePanel("a"), bubblePanel("b"),
                bubblePanel("c"), bubblePanel("d"), bubblePanel("e")))).body()).isEqualTo("A comic has 1 to 4 panels.");
        assertThat(api.call(ann.token(), "post/publishComic", Map.of("panels", List.of(bubblePanel("  ")))).body())
                .isEqualTo("A speech bubble in panel 1 has no text: write something or delete it.");
        assertThat(api.call(ann.token(), "post/publishComic", Map.of("panels", List.of(Map.of(
                "background", Map.of("kind", "scene", "value", "moon"), "elements", List.of())))).body())
                .isEqualTo("Panel 1 needs a background: a colour, a scene or a photo.");

        JsonNode view = api.ok(ann.token(), "post/publishComic", Map.of("panels", List.of(bubblePanel("Hello"), Map.of(
                "background", Map.of("kind", "color", "value", "#FFD166"),
                "elements", List.of(Map.of("kind", "caption", "text", "Later", "x", -5, "y", 150, "width", 96, "height", 12))))));
        JsonNode panels = view.get("comic").get("panels");
        assertThat(panels).hasSize(2);
        assertThat(panels.get(0).get("elements").get(0).get("tail").get("x").asDouble()).isEqualTo(30);
        assertThat(panels.get(1).get("background").get("value").asText()).isEqualTo("#ffd166");
        JsonNode caption = panels.get(1).get("elements").get(0);
        assertThat(caption.get("x").asDouble()).isZero();
        assertThat(caption.get("y").asDouble()).isEqualTo(100);
        assertThat(view.get("mine").asBoolean()).isTrue();
    }

    @Test
    void timelinesShowOthersForYouAndFollowedCreatorsUnderFollowing() {
        Person author = signUp("auth");
        Person reader = signUp("read");
        String postId = postComic(author, "Look!").get("post").get("id").asText();

        assertThat(ids(api.ok(reader.token(), "timeline/forYou", Map.of()))).contains(postId);
        assertThat(ids(api.ok(author.token(), "timeline/forYou", Map.of()))).doesNotContain(postId);
        assertThat(ids(api.ok(reader.token(), "timeline/following", Map.of()))).doesNotContain(postId);
        assertThat(ids(api.ok(reader.token(), "explore/comics", Map.of()))).contains(postId);

        api.ok(reader.token(), "relation/followCreator", Map.of("creatorId", author.id()));
        assertThat(ids(api.ok(reader.token(), "timeline/following", Map.of()))).containsExactly(postId);
        assertThat(ids(api.ok(reader.token(), "explore/comics", Map.of()))).doesNotContain(postId);
        JsonNode profile = api.ok(reader.token(), "profile/get", Map.of("nickname", author.nickname()));
        assertThat(profile.get("followed").asBoolean()).isTrue();
        assertThat(profile.get("followers").asInt()).isEqualTo(1);
        assertThat(api.call(reader.token(), "relation/followCreator", Map.of("creatorId", reader.id())).body()).isEqualTo("You cannot follow yourself.");

        api.ok(reader.token(), "relation/unfollowCreator", Map.of("creatorId", author.id()));
        assertThat(ids(api.ok(reader.token(), "timeline/following", Map.of()))).isEmpty();
        assertThat(api.ok(reader.token(), "profile/get", Map.of("nickname", author.nickname())).get("followers").asInt()).isZero();
    }

    @Test
    void loadMoreContinuesAfterTheLastPostShownWhenANewPostArrives() {
        Person author = signUp("many");
        Person reader = signUp("page");
        api.ok(reader.token(), "relation/followCreator", Map.of("creatorId", author.id()));
        List<String> posted = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            posted.add(api.ok(author.token(), "post/publishComment", Map.of("text", "Post " + i)).get("post").get("id").asText());
        }
        JsonNode first = api.ok(reader.token(), "timeline/following", Map.of());
        assertThat(ids(first)).hasSize(10).isSubsetOf(posted);
        String cursor = first.get("next").asText();

        String newer = api.ok(author.token(), "post/publishComment", Map.of("text", "Meanwhile")).get("post").get("id").asText();
        JsonNode second = api.ok(reader.token(), "timeline/following", Map.of("cursor", cursor));
        assertThat(ids(second)).hasSize(5).doesNotContainAnyElementsOf(ids(first)).doesNotContain(newer);
        List<String> seen = new ArrayList<>(ids(first));
        seen.addAll(ids(second));
        assertThat(seen).containsExactlyInAnyOrderElementsOf(posted);
        assertThat(second.get("next").isNull()).isTrue();
        assertThat(ids(api.ok(reader.token(), "timeline/following", Map.of())).get(0)).isEqualTo(newer);

        assertThat(api.call(reader.token(), "timeline/forYou", Map.of("cursor", "x".repeat(3000))).body())
                .isEqualTo("cursor must be the 'next' of the previous page (at most 2048 characters).");
        assertThat(api.call(reader.token(), "timeline/forYou", Map.of("cursor", "not a cursor")).status()).isEqualTo(400);
        assertThat(api.call(reader.token(), "timeline/forYou", Map.of("cursor", 7)).status()).isEqualTo(400);
    }

    @Test
    void exploreShowsComicsOfCreatorsNotFollowedOnEveryPage() {
        Person followed = signUp("fwd");
        Person stranger = signUp("strn");
        Person reader = signUp("expl");
        api.ok(reader.token(), "relation/followCreator", Map.of("creatorId", followed.id()));
        String strangers = postComic(stranger, "Unknown").get("post").get("id").asText();
        String comment = api.ok(stranger.token(), "post/publishComment", Map.of("text", "Just words")).get("post").get("id").asText();
        List<String> followedComics = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            followedComics.add(postComic(followed, "Known " + i).get("post").get("id").asText());
        }
        String mine = postComic(reader, "Mine").get("post").get("id").asText();

        JsonNode first = api.ok(reader.token(), "explore/comics", Map.of());
        assertThat(ids(first)).contains(strangers).doesNotContain(mine, comment).doesNotContainAnyElementsOf(followedComics);
        for (JsonNode page = first; !page.get("next").isNull(); ) {
            page = api.ok(reader.token(), "explore/comics", Map.of("cursor", page.get("next").asText()));
            assertThat(ids(page)).doesNotContain(mine, comment).doesNotContainAnyElementsOf(followedComics);
        }
    }

    @Test
    void likesToggleAndCountAtomically() throws Exception {
        Person author = signUp("star");
        String postId = postComic(author, "Like me").get("post").get("id").asText();
        List<Person> fans = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            fans.add(signUp("fan"));
        }
        try (var pool = Executors.newFixedThreadPool(6)) {
            List<CompletableFuture<JsonNode>> likes = fans.stream().map(fan -> CompletableFuture.supplyAsync(
                    () -> api.ok(fan.token(), "rating/toggleLike", Map.of("postId", postId)), pool)).toList();
            likes.forEach(CompletableFuture::join);
        }
        JsonNode view = api.ok(fans.get(0).token(), "post/view", Map.of("postId", postId)).get("post");
        assertThat(view.get("likes").asInt()).isEqualTo(6);
        assertThat(view.get("liked").asBoolean()).isTrue();

        JsonNode unliked = api.ok(fans.get(0).token(), "rating/toggleLike", Map.of("postId", postId));
        assertThat(unliked.get("liked").asBoolean()).isFalse();
        assertThat(unliked.get("likes").asInt()).isEqualTo(5);
    }

    @Test
    void reactionsAreChildPostsAndRemovedPostsCannotBeLiked() {
        Person author = signUp("orig");
        Person other = signUp("resp");
        String postId = postComic(author, "Start").get("post").get("id").asText();
        String comment = api.ok(other.token(), "post/publishComment", Map.of("text", "Ha!", "parentId", postId)).get("post").get("id").asText();
        String comicReaction = api.ok(other.token(), "post/publishComic", Map.of("panels", List.of(bubblePanel("Reply")), "parentId", postId))
                .get("post").get("id").asText();
        String nested = api.ok(author.token(), "post/publishComment", Map.of("text", "Thanks", "parentId", comment)).get("post").get("id").asText();

        JsonNode shown = api.ok(author.token(), "post/view", Map.of("postId", postId));
        assertThat(ids(shown.get("reactions"))).containsExactly(comment, comicReaction);
        assertThat(shown.get("post").get("reactions").asInt()).isEqualTo(2);
        assertThat(ids(api.ok(author.token(), "post/view", Map.of("postId", comment)).get("reactions"))).containsExactly(nested);
        assertThat(ids(api.ok(other.token(), "timeline/forYou", Map.of()))).doesNotContain(nested, comment);
        assertThat(api.call(other.token(), "post/publishComment", Map.of("text", "   ", "parentId", postId)).body()).isEqualTo("Write something first.");

        Api.Answer notMine = api.call(other.token(), "post/removeOwn", Map.of("postId", postId));
        assertThat(notMine.status()).isEqualTo(403);
        assertThat(notMine.body()).isEqualTo("You can only remove your own posts.");
        api.ok(author.token(), "post/removeOwn", Map.of("postId", postId));
        Api.Answer like = api.call(other.token(), "rating/toggleLike", Map.of("postId", postId));
        assertThat(like.status()).isEqualTo(404);
        assertThat(like.body()).isEqualTo("This post was removed or does not exist.");
        assertThat(api.call(other.token(), "post/view", Map.of("postId", postId)).status()).isEqualTo(404);
        assertThat(ids(api.ok(other.token(), "timeline/forYou", Map.of()))).doesNotContain(postId);
    }

    @Test
    void followsLikesAndReactionsBecomeNotifications() {
        Person author = signUp("noti");
        Person fan = signUp("fann");
        String postId = postComic(author, "Notify me").get("post").get("id").asText();
        api.ok(fan.token(), "relation/followCreator", Map.of("creatorId", author.id()));
        api.ok(fan.token(), "rating/toggleLike", Map.of("postId", postId));
        api.ok(fan.token(), "post/publishComment", Map.of("text", "Nice", "parentId", postId));
        api.ok(author.token(), "rating/toggleLike", Map.of("postId", postId)); // liking your own post tells no one

        eventually("three unread notifications", () -> api.ok(author.token(), "notification/unread", Map.of()).asInt() == 3);
        JsonNode list = api.ok(author.token(), "notification/list", Map.of());
        List<String> types = new ArrayList<>();
        list.forEach(item -> types.add(item.get("type").asText()));
        assertThat(types).containsExactlyInAnyOrder("followed", "liked", "reacted");
        list.forEach(item -> assertThat(item.get("sender").get("nickname").asText()).isEqualTo(fan.nickname()));
        assertThat(api.ok(author.token(), "notification/unread", Map.of()).asInt()).isZero();
        assertThat(api.ok(fan.token(), "notification/unread", Map.of()).asInt()).isZero();
    }

    @Test
    void exploreFindsCreatorsByNameSortedByFollowersOrRecency() {
        Person seeker = signUp("seek");
        String stem = "zq" + RUN;
        Person quiet = signUp(stem + "a");
        Person popular = signUp(stem + "b");
        api.ok(signUp("f1").token(), "relation/followCreator", Map.of("creatorId", popular.id()));
        api.ok(signUp("f2").token(), "relation/followCreator", Map.of("creatorId", popular.id()));

        List<String> byPopularity = nicknames(api.ok(seeker.token(), "explore/creators", Map.of("text", stem, "order", "popular")));
        assertThat(byPopularity).containsExactly(popular.nickname(), quiet.nickname());
        List<String> byRecency = nicknames(api.ok(seeker.token(), "explore/creators", Map.of("text", stem.toUpperCase(), "order", "recent")));
        assertThat(byRecency).containsExactly(popular.nickname(), quiet.nickname());
        assertThat(nicknames(api.ok(seeker.token(), "explore/creators", Map.of("text", quiet.nickname())))).containsExactly(quiet.nickname());

        api.ok(seeker.token(), "relation/followCreator", Map.of("creatorId", quiet.id()));
        assertThat(nicknames(api.ok(seeker.token(), "explore/creators", Map.of("text", stem)))).containsExactly(popular.nickname());
    }

    private static List<String> nicknames(JsonNode views) {
        List<String> names = new ArrayList<>();
        views.forEach(view -> names.add(view.get("creator").get("nickname").asText()));
        return names;
    }
}
