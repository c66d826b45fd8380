package vn.daihoi.season.notify;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The user's notifications page, and the same list as JSON. Each user sees only their own. */
@Controller
class NotificationController {

    static final int PAGE = 50;

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String page(@RequestParam(defaultValue = "0") int page, Model model) {
        int p = Math.max(0, page);
        model.addAttribute("items", notifications.mine(PAGE, p * PAGE));
        model.addAttribute("page", p);
        model.addAttribute("pageSize", PAGE);
        return "notify/list";
    }

    @PostMapping("/notifications/{id}/read")
    String read(@PathVariable long id, @RequestParam(defaultValue = "list") String back) {
        notifications.markRead(id);
        // only two places to go back to: the home page's block or the list (never a URL taken from the request)
        return back.equals("home") ? "redirect:/#home-notifications" : "redirect:/notifications";
    }

    @PostMapping("/notifications/read-all")
    String readAll() {
        notifications.markAllRead();
        return "redirect:/notifications";
    }

    @GetMapping("/api/notifications")
    @ResponseBody
    List<Notifications.Item> api(@RequestParam(defaultValue = "0") int page) {
        return notifications.mine(PAGE, Math.max(0, page) * PAGE);
    }
}
