/**
 * Runs `task` again, a moment later, when it fails: a message to the background can be lost if
 * the browser is stopping the service worker at that very moment; the next one starts it anew.
 */
export async function retrying<T>(task: () => Promise<T>, attempts = 3, pauseMs = 200): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await task();
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  }
}
