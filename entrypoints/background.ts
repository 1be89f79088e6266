import { defineBackground } from '#imports';

export default defineBackground(() => {
  // Interception (declarativeNetRequest rules and the navigation guard) is wired here.
});
