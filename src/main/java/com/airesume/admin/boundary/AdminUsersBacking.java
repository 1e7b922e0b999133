package com.airesume.admin.boundary;

import com.airesume.accounts.boundary.AccountService;
import com.airesume.accounts.entity.User;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /admin/users/?q=…&order=newest|oldest&after=…}: accounts whose name, email or username contains the
 * search, {@value #PAGE} a page. Pages follow the last id shown (keyset paging), so the thousandth page costs what
 * the first does.
 */
@Named
@RequestScoped
public class AdminUsersBacking {

    static final int PAGE = 50;
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    @Inject
    AccountService accounts;

    private String q;
    private String order;
    private String after;
    private List<User> page;

    public List<User> getUsers() {
        if (page == null) {
            long from = parse(after).orElse(isNewestFirst() ? Long.MAX_VALUE : 0L);
            page = accounts.search(q == null ? "" : q, from, isNewestFirst(), PAGE + 1);
        }
        return page.size() > PAGE ? page.subList(0, PAGE) : page;
    }

    public boolean isMore() {
        getUsers();
        return page.size() > PAGE;
    }

    /** The id the next page starts after. */
    public long getNextAfter() {
        List<User> shown = getUsers();
        return shown.get(shown.size() - 1).getId();
    }

    public boolean isFirstPage() {
        return parse(after).isEmpty();
    }

    /** The address of this list in another order, from its first page. */
    public String orderLink(String newOrder) {
        return "?q=" + encode(q) + "&order=" + encode(newOrder);
    }

    public String getFirstLink() {
        return orderLink(getOrder());
    }

    public String getNextLink() {
        return orderLink(getOrder()) + "&after=" + getNextAfter();
    }

    public String encoded(String value) {
        return encode(value);
    }

    static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    public String created(User user) {
        return CREATED.format(user.getCreatedAt());
    }

    public boolean isNewestFirst() {
        return !"oldest".equals(order);
    }

    static Optional<Long> parse(String id) {
        try {
            return id == null || id.isBlank() ? Optional.empty() : Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getOrder() {
        return isNewestFirst() ? "newest" : "oldest";
    }

    public void setOrder(String order) {
        this.order = order;
    }

    public String getAfter() {
        return after;
    }

    public void setAfter(String after) {
        this.after = after;
    }
}
