document.getElementById("login").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  const token = document.getElementById("token").value.trim();
  const error = document.getElementById("error");
  error.textContent = "";
  const res = await fetch("/api/login", {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ token }),
  });
  if (res.ok) { window.location.href = "/"; return; }
  let detail = "login failed";
  try { detail = (await res.json()).detail || detail; } catch (e) { /* not JSON */ }
  error.textContent = detail;
});
