/** Says, without alarm, that part of the stored data could not be read and was set aside. */
export function StorageProblem({ dropped }: { dropped: number }) {
  if (dropped === 0) return null;
  return (
    <p class="problem" role="note">
      {dropped === 1 ? 'One saved entry' : `${dropped} saved entries`} could not be read (perhaps from an older version)
      and {dropped === 1 ? 'is' : 'are'} not shown. Everything else is intact.
    </p>
  );
}
